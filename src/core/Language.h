#pragma once

#include <QString>
#include <QStringList>

// The language of the app's own text; the portfolio's content stays as written. Follows the
// system locale unless the person chose one in View > Language. Applying a language swaps the
// installed translators, which sends QEvent::LanguageChange to every widget to retranslate.
class Language
{
public:
    // Settings keys of the languages the app speaks: "en" is the source text, "zh_CN" is
    // embedded as :/i18n/portfolio_zh_CN.qm. An empty key follows the system.
    static QStringList available();
    // The language's name in that language, as a menu shows it to those who read it.
    static QString nativeName(const QString &key);
    static void apply(const QString &key);
    // The key chosen in View > Language and remembered in the settings; empty for the system's.
    static QString chosen();
    // Remembers the choice and applies it.
    static void choose(const QString &key);
};
