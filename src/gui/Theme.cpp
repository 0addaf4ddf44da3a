#include "Theme.h"

#include "AppStyle.h"
#include "IndicatorStyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace {

const auto ThemeKey = QStringLiteral("appearance/theme");

struct SystemLook {
    QString style;
    QPalette palette;
};

// What the platform gave the app, remembered before the first change so System can restore it.
const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

} // namespace

void Theme::apply(Mode mode)
{
    const SystemLook &system = systemLook();
    if (mode == Mode::System) {
        QApplication::setStyle(new AppStyle(QStyleFactory::create(system.style)));
        QApplication::setPalette(system.palette);
        return;
    }
    QApplication::setStyle(new IndicatorStyle);
    QApplication::setPalette(palette(mode));
}

Theme::Mode Theme::chosen()
{
    return fromKey(QSettings().value(ThemeKey).toString());
}

void Theme::choose(Mode mode)
{
    apply(mode);
    QSettings().setValue(ThemeKey, key(mode));
}

QPalette Theme::palette(Mode mode)
{
    if (mode != Mode::Dark) {
        QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        const QPalette light = fusion->standardPalette();
        delete fusion;
        return light;
    }
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::Light, QColor(0x55, 0x55, 0x55));
    dark.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    dark.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd9));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    // Qt's default link blue is unreadable on a dark base.
    dark.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xff));
    dark.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ToolTipText, text);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        dark.setColor(QPalette::Disabled, role, disabled);
    }
    return dark;
}

QString Theme::key(Mode mode)
{
    switch (mode) {
    case Mode::System:
        break;
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::fromKey(QStringView key)
{
    for (const Mode mode : {Mode::Light, Mode::Dark}) {
        if (key == Theme::key(mode)) {
            return mode;
        }
    }
    return Mode::System;
}
