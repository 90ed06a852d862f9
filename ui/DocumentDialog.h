#pragma once

#include "documents/DocumentRequest.h"

#include <QDialog>
#include <functional>
#include <memory>

class PrintableDocument;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrintDialog;
class QPrintPreviewDialog;
class QPushButton;
class Workspace;

// Prints a cycle's documents: the user picks the document (and its meeting, case or group), the
// date it bears and whether it is an internal copy with identities, then previews, prints or
// saves it as PDF. Documents are built in the background from the workspace, as tuntas-cli
// report builds them; a document that cannot be built says why and nothing is printed.
class DocumentDialog : public QDialog {
    Q_OBJECT
public:
    DocumentDialog(Workspace &workspace, qint64 cycleId, const DocumentRequest &preset = {}, QWidget *parent = nullptr);
    ~DocumentDialog() override;

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *subjectBox() const { return m_subject; }  // the meeting, case or worksheet group
    QCheckBox *internalBox() const { return m_internal; }
    QDateEdit *dateEdit() const { return m_date; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *textsButton() const { return m_texts; }
    QPushButton *copiesButton() const { return m_copies; }
    QLabel *problemLabel() const { return m_problem; }
    // What the controls ask for now.
    DocumentRequest request() const;

    // Opens the dialog (or the test's hook) for a cycle, preset to a document.
    static void open(Workspace &workspace, qint64 cycleId, const DocumentRequest &preset, QWidget *parent);
    // For tests: the dialogs are handed to these instead of being shown.
    static void setHook(std::function<void(DocumentDialog &)> hook);
    static void setPreviewHook(std::function<void(QPrintPreviewDialog &)> hook);
    static void setPrintHook(std::function<void(QPrintDialog &)> hook);
    static void setTextsHook(std::function<void(QDialog &)> hook);
    static void setCopiesHook(std::function<void(QDialog &)> hook);

private:
    void fillSubjects();
    void internalToggled(bool checked);
    void preview();
    void print();
    void savePdf();
    void editTexts();
    // Builds the document the controls ask for; shows the problem and returns null when it cannot.
    std::shared_ptr<PrintableDocument> build();

    Workspace &m_workspace;
    qint64 m_cycleId;
    QComboBox *m_kind;
    QLabel *m_subjectLabel;
    QComboBox *m_subject;
    QDateEdit *m_date;
    QCheckBox *m_internal;
    QLabel *m_problem;
    QPushButton *m_texts;
    QPushButton *m_copies;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_pdf;
};
