#pragma once

#include <QDialog>
#include <QList>

class QDateEdit;
class QLabel;
class QLineEdit;
class Workspace;

// Records the TPPS chair's approval (date and name) of the chosen RTL items, all in one go.
class ApprovalDialog : public QDialog {
    Q_OBJECT
public:
    ApprovalDialog(Workspace &workspace, qint64 cycleId, const QList<qint64> &itemIds, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    Workspace &m_workspace;
    QList<qint64> m_itemIds;
    QDateEdit *m_date;
    QLineEdit *m_name;
    QLabel *m_problem;
};
