#pragma once

#include "Portfolio.h"

#include <QByteArray>

// A portfolio in the app's own JSON format (docs/portfolio-format.md) and its publications as
// BibTeX, for File > Export. The JSON leaves out what is empty or unset, so PortfolioLoader reads
// back exactly the same portfolio.
class PortfolioWriter
{
public:
    static QByteArray toJson(const Portfolio &portfolio);
    static QByteArray toBibtex(const QList<Publication> &publications);
};
