#pragma once

#include "audit/CaseSelection.h"

#include <QWizard>

class CandidateTableModel;
class Workspace;

// Stage 2: choose the cycle's cases from the candidates, each with its reasons; Finish stores them
// with audit numbers and case codes, all at once.
class SelectionWizard : public QWizard {
    Q_OBJECT
public:
    SelectionWizard(Workspace &workspace, qint64 cycleId, QWidget *parent = nullptr);

    CandidateTableModel *model() const { return m_model; }
    CaseSelection &selection() { return m_selection; }
    qint64 cycleId() const { return m_cycleId; }
    QStringList storedCodes() const { return m_codes; }

    void accept() override;
    void reject() override;

private:
    CaseSelection m_selection;
    qint64 m_cycleId;
    CandidateTableModel *m_model;
    QStringList m_codes;
    bool m_changed = false;
};
