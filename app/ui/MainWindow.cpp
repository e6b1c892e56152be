#include "ui/MainWindow.h"

#include "ui_MainWindow.h"

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Istiqbal — Beneficiary reception"));
}

MainWindow::~MainWindow() = default;
