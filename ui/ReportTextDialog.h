#pragma once

#include "documents/ReportNarrative.h"

#include <QDialog>
#include <QMap>

class QListWidget;
class QPlainTextEdit;
class QPushButton;
class Workspace;

// Edits the narrative parts of a cycle's report (introduction, conclusions, closing ...). A part
// shows what the user wrote or, until then, the paragraph Tuntas writes from the data; only the
// parts changed are stored, all in one transaction, on Save.
class ReportTextDialog : public QDialog {
    Q_OBJECT
public:
    ReportTextDialog(Workspace &workspace, qint64 cycleId, QWidget *parent = nullptr);

    QListWidget *partList() const { return m_parts; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *defaultButton() const { return m_default; }
    QPushButton *saveButton() const { return m_save; }

    void accept() override;
    void reject() override;

private:
    void showPart(int row);
    void keepEdit();
    void restoreDefault();
    ReportPart partAt(int row) const;

    Workspace &m_workspace;
    qint64 m_cycleId;
    ReportNarrative m_narrative;
    QMap<ReportPart, QString> m_changed;  // the texts to store; empty means back to the default
    QListWidget *m_parts;
    QPlainTextEdit *m_editor;
    QPushButton *m_default;
    QPushButton *m_save;
    int m_shown = -1;
};
