#pragma once

#include "audit/Candidate.h"
#include "models/RowTableModel.h"

// The candidates of a cycle; the first column is a check box that selects a candidate as a case.
// Existing cases stay checked and cannot be unchecked here.
class CandidateTableModel : public RowTableModel<Candidate> {
    Q_OBJECT
public:
    enum Column { Selected, Name, Group, Kecamatan, Desa, Screening };
    static constexpr int AtRiskRole = Qt::UserRole + 1;  // "risk" for a candidate at risk, for filtering
    explicit CandidateTableModel(QObject *parent = nullptr) : RowTableModel(parent) {}

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    // Changes the reasons and note of one candidate.
    void setChoice(int row, const QList<SelectionReason> &reasons, const QString &note);

Q_SIGNALS:
    void selectionChanged();

protected:
    QStringList headers() const override;
    QVariant display(const Candidate &row, int column) const override;
    QVariant foreground(const Candidate &row, int column) const override;
    QVariant toolTip(const Candidate &row, int column) const override;
};
