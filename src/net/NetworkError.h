#pragma once

#include <QCoreApplication>
#include <QString>

class QNetworkReply;

// Why a download failed, in words for a person rather than Qt's.
class NetworkError
{
    Q_DECLARE_TR_FUNCTIONS(NetworkError)

public:
    static QString describe(const QNetworkReply &reply);
};
