#pragma once

#include <QString>
#include <QStringList>

class QFontMetrics;
class QLabel;
class QWidget;

// The few text styles the pages share, applied to labels from the .ui files or made here.
namespace Typography {

enum class Style {
    Title,      // the person's name in the window header
    Heading,    // a page heading
    Subheading,
    Lead,       // a larger opening paragraph
    Body,
    Muted,
    Error,      // a validation message: red, light or dark to suit the palette
};

// Styles that take colours from the palette read it now: apply them again on a palette change.
void apply(QLabel *label, Style style);
// A plain-text, wrapping label: portfolio text is never read as markup. Not selectable: a
// selectable label lays its text out through a QTextDocument, which doubled start-up work. A
// WrappingLabel, so the layouts' many questions about its height cost one text layout a width.
QLabel *label(const QString &text, Style style, QWidget *parent = nullptr);
// About 80 characters of the font: the longest line typographers recommend for running text,
// and the width a wrapped text prefers, as QLabel's.
int measure(const QFontMetrics &metrics);

} // namespace Typography
