#pragma once

#include <QString>
#include <QWidget>

// Asks whether unsaved changes may be thrown away (Discard/Cancel, Cancel by default).
class DiscardQuestion {
public:
    // True when the user chose Discard; goes through MessageBox so tests can answer in advance.
    static bool confirmed(QWidget *parent, const QString &title, const QString &text);
};
