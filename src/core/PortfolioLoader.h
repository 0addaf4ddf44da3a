#pragma once

#include "Portfolio.h"
#include "Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct LoadResult {
    // Set when the source had no errors; warnings may still be listed.
    std::optional<Portfolio> portfolio;
    QList<Problem> problems;
};

// Turns portfolio JSON (docs/portfolio-format.md) into a Portfolio, or into the list of what is
// wrong with it. Never throws; time and memory stay bounded by the size limit below.
class PortfolioLoader
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioLoader)

public:
    static constexpr qint64 MaximumSize = 64 * 1024 * 1024;
    static constexpr int FormatVersion = 1;
    static constexpr auto EmbeddedPath = QLatin1StringView(":/portfolio.json");

    static LoadResult loadFile(const QString &fileName);
    static LoadResult loadBytes(const QByteArray &json);
    static LoadResult loadEmbedded();
};
