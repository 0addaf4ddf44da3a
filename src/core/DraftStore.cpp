#include "DraftStore.h"

#include "AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

constexpr int FormatVersion = 1;

// Each text field of Inquiry with the key it is stored under.
const QList<std::pair<const char *, QString Inquiry::*>> &textFields()
{
    static const QList<std::pair<const char *, QString Inquiry::*>> fields{
        {"to", &Inquiry::to},
        {"toName", &Inquiry::toName},
        {"name", &Inquiry::name},
        {"email", &Inquiry::email},
        {"topic", &Inquiry::topic},
        {"publicationId", &Inquiry::publicationId},
        {"publicationTitle", &Inquiry::publicationTitle},
        {"subject", &Inquiry::subject},
        {"message", &Inquiry::message},
    };
    return fields;
}

} // namespace

QString DraftStore::defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts/inquiry.json");
}

DraftStore::DraftStore(QString fileName)
    : m_fileName(std::move(fileName))
{
}

QString DraftStore::fileName() const
{
    return m_fileName;
}

bool DraftStore::exists() const
{
    return QFileInfo::exists(m_fileName);
}

bool DraftStore::save(const Inquiry &inquiry, QString *error) const
{
    QJsonObject object{
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("kind"), Inquiry::kindKey(inquiry.kind)},
    };
    for (const auto &[key, field] : textFields()) {
        object.insert(QLatin1String(key), inquiry.*field);
    }
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    return AtomicFile::write(m_fileName, QJsonDocument(object).toJson(), error);
}

std::optional<DraftStore::Draft> DraftStore::load(QString *error) const
{
    QFile file(m_fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        object.value(QStringLiteral("version")).toInt() != FormatVersion) {
        const QString aside = m_fileName + QStringLiteral(".unreadable-") +
                              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmsszzz"));
        QFile::rename(m_fileName, aside);
        if (error) {
            *error = QCoreApplication::translate("DraftStore", "The saved draft could not be read; it was kept as %1.")
                         .arg(QDir::toNativeSeparators(aside));
        }
        return std::nullopt;
    }
    Draft draft;
    for (const auto &[key, field] : textFields()) {
        draft.inquiry.*field = object.value(QLatin1String(key)).toString();
    }
    draft.inquiry.kind = Inquiry::kindFromKey(object.value(QStringLiteral("kind")).toString());
    draft.savedAt = QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    return draft;
}

void DraftStore::remove() const
{
    QFile::remove(m_fileName);
}
