#pragma once

#include <QWidget>

class QCommandLinkButton;

// Shown when no workspace is open: start a new one, open one, or try the demonstration district.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    QCommandLinkButton *newButton() const { return m_new; }
    QCommandLinkButton *openButton() const { return m_open; }
    QCommandLinkButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();

private:
    QCommandLinkButton *choice(const QString &title, const QString &explanation);

    QCommandLinkButton *m_new;
    QCommandLinkButton *m_open;
    QCommandLinkButton *m_demo;
};
