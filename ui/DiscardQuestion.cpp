#include "DiscardQuestion.h"

#include "MessageBox.h"

bool DiscardQuestion::confirmed(QWidget *parent, const QString &title, const QString &text)
{
    return MessageBox::question(parent, title, text, QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard;
}
