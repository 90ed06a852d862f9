#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>
#include <vector>

class QIODevice;

// Which cell styles show numbers as dates, from xl/styles.xml: each cell format (<cellXfs>) names
// a number format, built in (14 to 22 and 45 to 47 are dates and times) or defined in <numFmts>.
class XlsxStyles {
public:
    static Result<XlsxStyles> read(QIODevice *device, const QString &part);

    // s="…" of a cell; a style the file does not define is not a date.
    bool isDate(int styleIndex) const
    {
        return styleIndex >= 0 && std::size_t(styleIndex) < m_dateStyles.size() && m_dateStyles[std::size_t(styleIndex)];
    }
    // A format code shows a date or time when it has d, m, y, h or s outside quoted text,
    // [colour/locale] brackets and escaped characters.
    static bool isDateFormatCode(QStringView code);
    static bool isBuiltInDateFormat(int numFmtId);

private:
    std::vector<bool> m_dateStyles;
};
