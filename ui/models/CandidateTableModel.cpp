#include "models/CandidateTableModel.h"

#include "growth/ZScoreExplanation.h"

#include <QBrush>

QStringList CandidateTableModel::headers() const
{
    return {tr("Case"), tr("Name"), tr("Group"), tr("Kecamatan"), tr("Desa"), tr("Screening")};
}

QVariant CandidateTableModel::display(const Candidate &row, int column) const
{
    switch (column) {
    case Selected: return row.alreadyCase ? tr("already a case") : QString();
    case Name: return row.subject.name;
    case Group: return enumCode(row.subject.group);
    case Kecamatan: return row.subject.kecamatan;
    case Desa: return row.subject.desa;
    case Screening: return row.findings.isEmpty() ? tr("no measurement") : row.findings.first();
    }
    return {};
}

QVariant CandidateTableModel::foreground(const Candidate &row, int column) const
{
    if (column == Screening && row.atRisk)
        return QBrush(QColor(0xb0, 0x1e, 0x1e));
    return {};
}

QVariant CandidateTableModel::toolTip(const Candidate &row, int column) const
{
    if (column != Screening)
        return {};
    QString text = row.findings.join(QLatin1Char('\n'));
    if (row.subject.lastMeasurement) {
        Subject subject;
        subject.group = row.subject.group;
        subject.sex = row.subject.sex;
        subject.birthDate = row.subject.birthDate;
        const QString working = ZScoreExplanation::explain(subject, *row.subject.lastMeasurement, ChildIndex::LengthForAge);
        if (!working.isEmpty())
            text += QStringLiteral("\n\n") + working;
    }
    return text;
}

Qt::ItemFlags CandidateTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RowTableModel::flags(index);
    if (index.column() == Selected && index.row() < rows().size() && !rows().at(index.row()).alreadyCase)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::CheckStateRole && index.column() == Selected && index.row() < rows().size())
        return rows().at(index.row()).selected ? Qt::Checked : Qt::Unchecked;
    if (role == AtRiskRole && index.row() < rows().size())
        return rows().at(index.row()).atRisk ? QStringLiteral("risk") : QString();
    if (role == Qt::UserRole && index.column() == Selected && index.row() < rows().size())
        return rows().at(index.row()).selected ? 0 : 1;  // selected first when sorted
    return RowTableModel::data(index, role);
}

bool CandidateTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Selected || index.row() >= rows().size() || rows().at(index.row()).alreadyCase)
        return false;
    editableRows()[index.row()].selected = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::UserRole});
    Q_EMIT selectionChanged();
    return true;
}

void CandidateTableModel::setChoice(int row, const QList<SelectionReason> &reasons, const QString &note)
{
    if (row < 0 || row >= rows().size())
        return;
    editableRows()[row].reasons = reasons;
    editableRows()[row].note = note;
    Q_EMIT selectionChanged();
}
