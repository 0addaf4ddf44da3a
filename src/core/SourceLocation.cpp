#include "SourceLocation.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QUrl SourceLocation::fromArgument(const QString &argument)
{
    if (hasScheme(argument)) {
        return QUrl(argument);
    }
    return QUrl::fromLocalFile(QFileInfo(argument).absoluteFilePath());
}

bool SourceLocation::isRemote(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1) && !url.host().isEmpty();
}

bool SourceLocation::hasScheme(const QString &text)
{
    return QUrl(text).scheme().size() > 1;
}

QUrl SourceLocation::resolve(const QUrl &base, const QString &reference, QString *error)
{
    if (reference.trimmed().isEmpty()) {
        *error = tr("an empty name");
        return {};
    }
    if (isRemote(base)) {
        const QUrl resolved = base.resolved(QUrl(reference));
        if (!isRemote(resolved)) {
            *error = tr("a portfolio from the web may name only http and https addresses");
            return {};
        }
        return resolved;
    }
    if (hasScheme(reference)) {
        const QUrl url(reference);
        if (!isRemote(url) && !url.isLocalFile()) {
            *error = tr("only files and http and https addresses can be read");
            return {};
        }
        return url;
    }
    if (!base.isLocalFile()) {
        *error = tr("only a portfolio file can name files relative to itself");
        return {};
    }
    return QUrl::fromLocalFile(
        QDir::cleanPath(QFileInfo(base.toLocalFile()).absoluteDir().absoluteFilePath(reference)));
}

QString SourceLocation::displayName(const QUrl &url)
{
    if (url.isLocalFile()) {
        return QFileInfo(url.toLocalFile()).fileName();
    }
    return url.toDisplayString(QUrl::RemoveUserInfo);
}
