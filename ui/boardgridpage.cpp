// SPDX-License-Identifier: MIT
#include "boardgridpage.h"

#include "boardgridview.h"

#include "document/boardgridmodel.h"
#include "document/projectdocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

namespace ShotBrief {

BoardGridPage::BoardGridPage(ProjectDocument *document, QItemSelectionModel *selection,
                             QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_view(new BoardGridView(document, selection, this))
{
    m_summary = new QLabel(this);
    auto *zoomLabel = new QLabel(tr("&Zoom:"), this);
    m_zoom = new QSlider(Qt::Horizontal, this);
    m_zoom->setRange(BoardGridLayout::MinPanelWidth, BoardGridLayout::MaxPanelWidth);
    m_zoom->setValue(m_view->panelWidth());
    m_zoom->setMaximumWidth(220);
    m_zoom->setToolTip(tr("Panel size (Ctrl+wheel, Ctrl+= and Ctrl+- in the grid)"));
    m_zoom->setAccessibleName(tr("Panel size"));
    zoomLabel->setBuddy(m_zoom);
    connect(m_zoom, &QSlider::valueChanged, m_view, &BoardGridView::setPanelWidth);
    connect(m_view, &BoardGridView::panelWidthChanged, this, [this](int width) {
        m_zoom->blockSignals(true);
        m_zoom->setValue(width);
        m_zoom->blockSignals(false);
    });

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 4, 8, 0);
    header->addWidget(m_summary, 1);
    header->addWidget(zoomLabel);
    header->addWidget(m_zoom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    setTabOrder(m_view, m_zoom);

    connect(m_view->model(), &QAbstractItemModel::modelReset, this, &BoardGridPage::refreshSummary);
    connect(document, &ProjectDocument::boardChanged, this, &BoardGridPage::refreshSummary);
    connect(document, &ProjectDocument::changed, this, &BoardGridPage::refreshSummary);
    refreshSummary();
}

void BoardGridPage::refreshSummary()
{
    const Project &project = m_document->project();
    int boards = 0;
    for (const Shot &shot : project.shots)
        boards += shot.board.exists() ? 1 : 0;
    m_summary->setText(
        tr("%n shot(s) in %1 scene run(s), %2 with a board", nullptr, int(project.shots.size()))
            .arg(m_view->model()->rowCount())
            .arg(boards));
}

} // namespace ShotBrief
