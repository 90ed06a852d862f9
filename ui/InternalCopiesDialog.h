#pragma once

#include <QDialog>

class QTableWidget;
class Workspace;

// The internal copies (with identities) made from this workspace: when, by whom, which document
// and where it went. Read only: the record cannot be changed from the program.
class InternalCopiesDialog : public QDialog {
    Q_OBJECT
public:
    explicit InternalCopiesDialog(Workspace &workspace, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};
