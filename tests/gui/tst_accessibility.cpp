#include "DraftStore.h"
#include "MailComposerDialog.h"
#include "MainWindow.h"

#include "TestEnvironment.h"
#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *interface)
{
    const QObject *object = interface->object();
    return QStringLiteral("%1 \"%2\" (role %3)")
        .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?"),
             object ? object->objectName() : QString())
        .arg(int(interface->role()), 0, 16);
}

// Every visible interactive element below the interface that a screen reader could not name;
// returns how many interactive elements it saw.
int collectUnnamed(QAccessibleInterface *interface, QStringList &unnamed, int depth = 0)
{
    if (!interface || depth > 64 || interface->state().invisible) {
        return 0;
    }
    int seen = 0;
    if (isInteractive(interface->role())) {
        ++seen;
        if (interface->text(QAccessible::Name).trimmed().isEmpty()) {
            unnamed.append(describe(interface));
        }
    }
    for (int i = 0; i < interface->childCount(); ++i) {
        seen += collectUnnamed(interface->child(i), unnamed, depth + 1);
    }
    return seen;
}

// Buttons that show only an icon need a tooltip to say what they do.
QStringList iconOnlyWithoutTooltip(const QWidget *root)
{
    QStringList found;
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->text().isEmpty() && !button->icon().isNull() && button->toolTip().isEmpty()) {
            found.append(button->objectName());
        }
    }
    return found;
}

// minimum: how many interactive elements the window has at least, so a walk that found
// nothing cannot pass.
void checkWindow(QWidget *window, int minimum)
{
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QStringList unnamed;
    const int seen = collectUnnamed(QAccessible::queryAccessibleInterface(window), unnamed);
    QVERIFY2(seen >= minimum, qPrintable(QString::number(seen)));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
    const QStringList silent = iconOnlyWithoutTooltip(window);
    QVERIFY2(silent.isEmpty(), qPrintable(silent.join(QStringLiteral(", "))));
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySectionOfTheMainWindow();
    void composer();
    void aboutBox();

private:
    QTemporaryDir m_settingsDir;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    useTestEnvironment(m_settingsDir.path(), QStringLiteral("tst_accessibility"));
    DraftStore().remove();
}

void TestAccessibility::everySectionOfTheMainWindow()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    for (int i = 0; i < SectionModel::SectionCount; ++i) {
        window.showSection(static_cast<SectionModel::Section>(i));
        checkWindow(&window, 2);
    }
    // The table view of the publications too.
    window.showSection(SectionModel::Publications);
    window.findChild<QAbstractButton *>(QStringLiteral("tableButton"))->click();
    checkWindow(&window, 8);
}

void TestAccessibility::composer()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    MailComposerDialog *composer = window.composeInquiry(QStringLiteral("tcec"));
    checkWindow(composer, 15);
}

void TestAccessibility::aboutBox()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    checkWindow(box, 1);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
