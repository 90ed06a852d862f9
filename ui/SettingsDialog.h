#pragma once

#include "domain/WorkspaceSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class RiskThresholdsEditor;
class Workspace;

// The district's details printed on documents, and the interface language.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // Without a workspace only the language can be changed.
    explicit SettingsDialog(Workspace *workspace, QWidget *parent = nullptr);

    QLineEdit *regencyEdit() const { return m_regency; }
    QLineEdit *officeEdit() const { return m_office; }
    QLineEdit *addressEdit() const { return m_address; }
    QLabel *logoPreview() const { return m_logo; }
    QComboBox *languageBox() const { return m_language; }
    QLabel *problemLabel() const { return m_problem; }
    RiskThresholdsEditor *thresholdsEditor() const { return m_thresholds; }

    void accept() override;

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void chooseLogo();
    void showLogo();

    Workspace *m_workspace;
    WorkspaceSettings m_settings;
    QLineEdit *m_province;
    QLineEdit *m_regency;
    QLineEdit *m_regencyCode;
    QLineEdit *m_government;
    QLineEdit *m_office;
    QPlainTextEdit *m_letterhead;
    QLineEdit *m_address;
    QLineEdit *m_signingPlace;
    QLabel *m_logo;
    RiskThresholdsEditor *m_thresholds;
    QComboBox *m_language;
    QLabel *m_problem;
};
