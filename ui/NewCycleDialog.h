#pragma once

#include "domain/Cycle.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class Workspace;

// Starts a new audit cycle: year, number (1 or 2) and period.
class NewCycleDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewCycleDialog(Workspace &workspace, QWidget *parent = nullptr);
    const Cycle &cycle() const { return m_cycle; }

    QSpinBox *yearBox() const { return m_year; }
    QComboBox *numberBox() const { return m_number; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    void proposePeriod();

    Workspace &m_workspace;
    Cycle m_cycle;
    QSpinBox *m_year;
    QComboBox *m_number;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLabel *m_problem;
};
