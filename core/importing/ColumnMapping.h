#pragma once

#include "importing/ImportField.h"

#include <QMap>
#include <QStringList>

// Which column of a file holds which field. Proposed from the header by common e-PPGBM and Elsimil
// names in any case and spacing ("Tgl Lahir", "TB/PB", "Desa/Kelurahan"), then correctable.
class ColumnMapping {
public:
    static ColumnMapping propose(const QStringList &header);
    static QString normalised(const QString &header);

    int column(ImportField field) const { return m_columns.value(field, -1); }
    void set(ImportField field, int column);
    bool has(ImportField field) const { return column(field) >= 0; }
    // "field=Header;..." to remember a mapping in the workspace's settings. By header name, not
    // position, so that it still fits next month's export with its columns in another order.
    QString toText(const QStringList &header) const;
    // Fields whose header is not in this file are left unmapped.
    static ColumnMapping fromText(const QString &text, const QStringList &header);

private:
    QMap<ImportField, int> m_columns;
};
