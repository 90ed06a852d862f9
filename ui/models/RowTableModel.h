#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// A read-only table over a list of plain rows. Subclasses name the columns and say what each
// cell shows; Qt::UserRole gives the value to sort by (numbers and dates sort as such).
template <typename Row>
class RowTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(headers().size()); }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < headers().size())
            return headers().at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= headers().size())
            return {};
        const Row &row = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return display(row, index.column());
        case Qt::UserRole: {
            const QVariant key = sortKey(row, index.column());
            return key.isValid() ? key : display(row, index.column());
        }
        case Qt::ToolTipRole: return toolTip(row, index.column());
        case Qt::ForegroundRole: return foreground(row, index.column());
        case Qt::TextAlignmentRole: return alignment(index.column());
        default: return {};
        }
    }

protected:
    // For models whose rows the user edits in place (check boxes); callers emit dataChanged.
    QList<Row> &editableRows() { return m_rows; }
    virtual QStringList headers() const = 0;
    virtual QVariant display(const Row &row, int column) const = 0;
    virtual QVariant sortKey(const Row &, int) const { return {}; }
    virtual QVariant toolTip(const Row &, int) const { return {}; }
    virtual QVariant foreground(const Row &, int) const { return {}; }
    // Numbers are right-aligned so that their decimal commas line up.
    virtual QVariant alignment(int) const { return {}; }

private:
    QList<Row> m_rows;
};
