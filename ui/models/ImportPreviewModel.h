#pragma once

#include "importing/ImportRow.h"
#include "models/RowTableModel.h"

#include <QCoreApplication>
#include <QHash>

// The rows of an import as they will be stored, with what is wrong or worth a look in each.
// KindRole holds "problem", "duplicate" and "note" as they apply, for filtering.
class ImportPreviewModel : public RowTableModel<ImportRow> {
    Q_DECLARE_TR_FUNCTIONS(ImportPreviewModel)
public:
    enum Column { Line, Status, Notes, Name, Nik, SexColumn, BirthDate, Desa, MeasuredOn, Weight, LengthHeight, ZLengthAge };
    static constexpr int KindRole = Qt::UserRole + 1;

    ImportPreviewModel(QHash<qint64, QString> desaNames, QObject *parent = nullptr)
        : RowTableModel(parent), m_desaNames(std::move(desaNames)) {}

    QVariant data(const QModelIndex &index, int role) const override;

protected:
    QStringList headers() const override;
    QVariant display(const ImportRow &row, int column) const override;
    QVariant sortKey(const ImportRow &row, int column) const override;
    QVariant toolTip(const ImportRow &row, int column) const override;
    QVariant foreground(const ImportRow &row, int column) const override;
    QVariant alignment(int column) const override;

private:
    QHash<qint64, QString> m_desaNames;
};
