#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace {

const auto SettingsKey = QStringLiteral("appearance/language");

// The app's messages and Qt's own (dialog buttons, file dialogs), installed together.
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot.get());
    }
    slot = std::move(next);
    if (slot) {
        QCoreApplication::installTranslator(slot.get());
    }
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Language::nativeName(const QString &key)
{
    if (key == u"zh_CN") {
        return QStringLiteral("简体中文");
    }
    return QStringLiteral("English");
}

void Language::apply(const QString &key)
{
    const QLocale locale = key.isEmpty() ? QLocale::system() : QLocale(key);
    QLocale::setDefault(locale);
    auto app = std::make_unique<QTranslator>();
    // English is the source text: no file, and any locale without one falls back to it.
    if (!app->load(locale, QStringLiteral("portfolio"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        app.reset();
    }
    auto qt = std::make_unique<QTranslator>();
    if (!app || !qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qt.reset();
    }
    // Installing or removing a translator sends QEvent::LanguageChange to every window.
    replace(qtTranslator(), std::move(qt));
    replace(appTranslator(), std::move(app));
}

QString Language::chosen()
{
    return QSettings().value(SettingsKey).toString();
}

void Language::choose(const QString &key)
{
    QSettings().setValue(SettingsKey, key);
    apply(key);
}
