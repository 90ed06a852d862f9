#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <xlsxwriter.h>

// The functions of libxlsxwriter that XlsxTableWriter uses, from the library loaded at first use
// with its own dependencies ahead of the program's symbols (RTLD_DEEPBIND).
//
// Why not linked the ordinary way: libxlsxwriter zips through the system's minizip, and QuaZip
// (which reads .xlsx files for import, and the tests) exports its own, different minizip under the
// same names (zipOpen, zipOpenNewFileInZip4_64 ...), calling them through the global symbol table
// too. In one process whichever comes first in that table serves both, and the other crashes.
// Loaded this way, libxlsxwriter and its minizip find each other first and QuaZip keeps its own.
class XlsxWriterLibrary {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriterLibrary)
public:
    // The loaded library, or why it cannot be loaded (then no Excel workbook can be written).
    static Result<const XlsxWriterLibrary *> instance();

    decltype(&workbook_new_opt) newWorkbook = nullptr;
    decltype(&workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&workbook_add_format) addFormat = nullptr;
    decltype(&workbook_close) closeWorkbook = nullptr;
    decltype(&format_set_bold) setBold = nullptr;
    decltype(&format_set_num_format) setNumberFormat = nullptr;
    decltype(&worksheet_write_string) writeString = nullptr;
    decltype(&worksheet_write_number) writeNumber = nullptr;
    decltype(&worksheet_write_datetime) writeDate = nullptr;
    decltype(&worksheet_set_column) setColumn = nullptr;
    decltype(&worksheet_freeze_panes) freezePanes = nullptr;
    decltype(&worksheet_autofilter) autofilter = nullptr;
    decltype(&lxw_strerror) errorText = nullptr;

private:
    static Result<const XlsxWriterLibrary *> load();
};
