#pragma once

#include "Language.h"
#include "demo/DemoDistrict.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

namespace UiTest {

// The demonstration district as of 16 September 2024: cycle 2 of 2024 is under way.
inline QString makeDemo(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.tuntas"))
{
    const QString path = dir.filePath(name);
    auto workspace = Workspace::create(path);
    REQUIRE(workspace.ok());
    REQUIRE(DemoDistrict::populate(**workspace, QDate(2024, 9, 16)));
    return path;
}

inline void freshSettings()
{
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
}

// The action a user would pick in a menu of `window`, by its text with the mnemonic.
inline QAction *action(QWidget *window, const QString &text)
{
    for (QAction *candidate : window->findChildren<QAction *>())
        if (candidate->text() == text)
            return candidate;
    FAIL("No action named " << text.toStdString());
    return nullptr;
}

// Runs `handle` on the first visible top-level widget of type T as soon as it appears, e.g. on a
// modal dialog that a click is about to exec(). Polls, so it does not matter how the dialog opens.
template <typename T>
void whenShown(std::function<void(T *)> handle)
{
    auto *timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, handle] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *wanted = qobject_cast<T *>(widget); wanted && wanted->isVisible()) {
                timer->deleteLater();
                timer->stop();
                handle(wanted);
                return;
            }
        }
        if (++*tries > 1000)  // ten seconds: the dialog never came, the test's own checks say so
            timer->deleteLater();
    });
    timer->start(10);
}

}  // namespace UiTest
