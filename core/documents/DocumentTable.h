#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A table to print: a header row repeated on every page, then rows that are never split across
// pages. Widths are shares of the text width in percent. A group row spans the whole table
// (e.g. the agency heading over its RTL items).
class DocumentTable {
public:
    struct Row {
        QStringList cells;  // a cell may hold several lines separated by '\n'
        bool group = false;
        QStringList smallPrint;  // per cell, printed smaller under its text (e.g. a definition); may be empty
    };

    DocumentTable(const QStringList &headers, const QList<int> &widthsPercent) : m_headers(headers), m_widths(widthsPercent) {}

    DocumentTable &addRow(const QStringList &cells, const QStringList &smallPrint = {})
    {
        m_rows.append({cells, false, smallPrint});
        return *this;
    }
    DocumentTable &addGroupRow(const QString &text) { m_rows.append({{text}, true, {}}); return *this; }
    // Columns whose cells are right-aligned (numbers) or centred (codes, ticks).
    DocumentTable &alignRight(int column) { m_right.append(column); return *this; }
    DocumentTable &alignCentre(int column) { m_centre.append(column); return *this; }
    // Rows at least this tall (millimetres), for tables filled in by hand.
    DocumentTable &setMinimumRowHeightMm(qreal height) { m_minimumRowHeightMm = height; return *this; }
    DocumentTable &setFontPointSize(qreal size) { m_fontPointSize = size; return *this; }

    const QStringList &headers() const { return m_headers; }
    const QList<int> &widths() const { return m_widths; }
    const QList<Row> &rows() const { return m_rows; }
    int columnCount() const { return int(m_headers.size()); }
    Qt::Alignment alignment(int column) const
    {
        if (m_right.contains(column))
            return Qt::AlignRight;
        return m_centre.contains(column) ? Qt::AlignHCenter : Qt::AlignLeft;
    }
    qreal minimumRowHeightMm() const { return m_minimumRowHeightMm; }
    qreal fontPointSize() const { return m_fontPointSize; }

private:
    QStringList m_headers;
    QList<int> m_widths;
    QList<Row> m_rows;
    QList<int> m_right;
    QList<int> m_centre;
    qreal m_minimumRowHeightMm = 0;
    qreal m_fontPointSize = 10;
};
