#pragma once

#include <QString>
#include <QWidget>

// File dialogs that tests can answer in advance.
class FileDialog {
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    // Adds the suffix when the user typed none.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &filter, const QString &suffix);

    // For tests: the next dialog is not shown and returns this name (empty = cancelled).
    static void setNextFileName(const QString &fileName);
};
