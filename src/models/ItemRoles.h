#pragma once

#include <Qt>

// Roles shared by the list models, so one delegate can paint news, talks, projects and
// publications alike. Qt::DisplayRole carries the title.
namespace ItemRoles {
enum Role {
    DateRole = Qt::UserRole + 1, // QString, shown in the aligned left column
    EyebrowRole,                 // QString, a small label above the title
    DetailRole,                  // QString, a muted line under the title
    BodyRole,                    // QList<Paragraph>
    PublicationIdRole,           // QString, the publication an item is about or is
};
}
