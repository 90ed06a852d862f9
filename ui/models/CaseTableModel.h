#pragma once

#include "models/RowTableModel.h"
#include "storage/ListRows.h"

// A cycle's audit cases, by code: no names, as in every document for meetings.
class CaseTableModel : public RowTableModel<CaseRow> {
    Q_OBJECT
public:
    enum Column { Code, Group, Desa, Reasons, Review, Outcome };
    explicit CaseTableModel(QObject *parent = nullptr) : RowTableModel(parent) {}

protected:
    QStringList headers() const override;
    QVariant display(const CaseRow &row, int column) const override;
};
