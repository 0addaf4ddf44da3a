#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// An .eml message as tests/tools/read_eml.py reads it with Python's email package (strict
// policy): a parser that shares no code with EmlMessage. On failure the object is empty and
// *error says why.
QJsonObject readEmlBack(const QByteArray &message, QString *error);
