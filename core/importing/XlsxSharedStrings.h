#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

// xl/sharedStrings.xml: the workbook's texts, which cells of type "s" name by their index.
class XlsxSharedStrings {
    Q_DECLARE_TR_FUNCTIONS(XlsxSharedStrings)
public:
    // More than a workbook of any import's size holds; a larger count means a broken file.
    static constexpr qsizetype MaxStrings = 20'000'000;

    static Result<QStringList> read(QIODevice *device, const QString &part);
};
