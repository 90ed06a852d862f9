#pragma once

#include "exporting/ExportContent.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QPushButton;
class QRadioButton;
class Workspace;

// Exports subjects, measurements or cases to an Excel workbook or a CSV file the user chooses.
// Closes when the file is written; says what went wrong and stays open when it cannot be.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(Workspace &workspace, QWidget *parent = nullptr);

    QRadioButton *contentButton(ExportContent content) const;
    QComboBox *cycleBox() const { return m_cycle; }
    QComboBox *formatBox() const { return m_format; }
    QPushButton *exportButton() const { return m_export; }
    // The file written, once the export succeeded.
    QString writtenFile() const { return m_written; }

private:
    void addCycles();
    void exportTable();
    ExportContent content() const;

    Workspace &m_workspace;
    QButtonGroup *m_contents;
    QComboBox *m_cycle;
    QComboBox *m_format;
    QPushButton *m_export;
    QString m_written;
};
