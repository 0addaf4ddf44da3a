#pragma once

#include "Inquiry.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The one unsent inquiry, kept in a JSON file under the user's app-data folder so that what a
// person typed outlives a crash. Every save replaces the file atomically (QSaveFile): a kill in
// the middle leaves the previous draft, never half of one.
class DraftStore
{
public:
    struct Draft {
        Inquiry inquiry;
        QDateTime savedAt;
    };

    // AppDataLocation/drafts/inquiry.json
    static QString defaultFileName();

    explicit DraftStore(QString fileName = defaultFileName());

    QString fileName() const;
    bool exists() const;
    // False, with the reason in *error, when the file could not be written.
    bool save(const Inquiry &inquiry, QString *error = nullptr) const;
    // The draft, or nullopt when there is none. A file that cannot be read as a draft is moved
    // aside (".unreadable-" and the time appended), never deleted, and *error says where it went.
    std::optional<Draft> load(QString *error = nullptr) const;
    void remove() const;

private:
    QString m_fileName;
};
