#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// The parameters of a URL's query in order, split and percent-decoded by hand from the encoded
// form, so that no QUrl or QUrlQuery normalisation stands between a test and the bytes.
QList<std::pair<QString, QString>> decodedQuery(const QUrl &url);
