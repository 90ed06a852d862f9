#include "exporting/XlsxWriterLibrary.h"

#include <QLibrary>
#include <type_traits>

Result<const XlsxWriterLibrary *> XlsxWriterLibrary::instance()
{
    static const Result<const XlsxWriterLibrary *> loaded = load();
    return loaded;
}

Result<const XlsxWriterLibrary *> XlsxWriterLibrary::load()
{
    // Both live as long as the program: the library is never unloaded.
    static QLibrary library(QStringLiteral(TUNTAS_XLSXWRITER_RUNTIME));
    static XlsxWriterLibrary functions;
    library.setLoadHints(QLibrary::DeepBindHint);
    if (!library.load())
        return Error{tr("Excel workbooks cannot be written on this computer: %1").arg(library.errorString())};
    QStringList missing;
    auto resolve = [&missing](auto &function, const char *name) {
        function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(name));
        if (!function)
            missing.append(QLatin1String(name));
    };
    resolve(functions.newWorkbook, "workbook_new_opt");
    resolve(functions.addWorksheet, "workbook_add_worksheet");
    resolve(functions.addFormat, "workbook_add_format");
    resolve(functions.closeWorkbook, "workbook_close");
    resolve(functions.setBold, "format_set_bold");
    resolve(functions.setNumberFormat, "format_set_num_format");
    resolve(functions.writeString, "worksheet_write_string");
    resolve(functions.writeNumber, "worksheet_write_number");
    resolve(functions.writeDate, "worksheet_write_datetime");
    resolve(functions.setColumn, "worksheet_set_column");
    resolve(functions.freezePanes, "worksheet_freeze_panes");
    resolve(functions.autofilter, "worksheet_autofilter");
    resolve(functions.errorText, "lxw_strerror");
    if (!missing.isEmpty())
        return Error{tr("Excel workbooks cannot be written on this computer: %1 lacks %2.").arg(library.fileName(), missing.join(QStringLiteral(", ")))};
    return &functions;
}
