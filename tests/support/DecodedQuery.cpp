#include "DecodedQuery.h"

QList<std::pair<QString, QString>> decodedQuery(const QUrl &url)
{
    const QByteArray encoded = url.toEncoded();
    QList<std::pair<QString, QString>> parameters;
    const qsizetype question = encoded.indexOf('?');
    if (question < 0) {
        return parameters;
    }
    for (const QByteArray &pair : encoded.mid(question + 1).split('&')) {
        const qsizetype equals = pair.indexOf('=');
        parameters.append({QString::fromUtf8(pair.left(equals)), QUrl::fromPercentEncoding(pair.mid(equals + 1))});
    }
    return parameters;
}
