#pragma once

#include "annotator.h"
#include "documentsmodel.h"
#include "documentupload.h"
#include "followersmodel.h"
#include "meetingdocuments.h"
#include "pageannotationsmodel.h"

#include <QtQml/qqml.h>

// The documents side of quorum_client in Quorum.Tablet (see foreign.h for why foreign).

/** `client.documents`: cache, presentation, present commands. */
struct ForeignMeetingDocuments
{
    Q_GADGET
    QML_FOREIGN(MeetingDocuments)
    QML_NAMED_ELEMENT(MeetingDocuments)
    QML_UNCREATABLE("Read it from MeetingClient.documents")
};

/** `client.documents.annotator`: pen, highlighter, notes, eraser, undo/redo, layer. */
struct ForeignAnnotator
{
    Q_GADGET
    QML_FOREIGN(Annotator)
    QML_NAMED_ELEMENT(Annotator)
    QML_UNCREATABLE("Read it from MeetingClient.documents.annotator")
};

/** `client.documents.upload`: add or replace a PDF from the tablet (chair, secretary). */
struct ForeignDocumentUpload
{
    Q_GADGET
    QML_FOREIGN(DocumentUpload)
    QML_NAMED_ELEMENT(DocumentUpload)
    QML_UNCREATABLE("Read it from MeetingClient.documents.upload")
};

/** `DocumentsModel { documents: client.documents; itemId: ... }` */
struct ForeignDocumentsModel
{
    Q_GADGET
    QML_FOREIGN(DocumentsModel)
    QML_NAMED_ELEMENT(DocumentsModel)
};

/** `PageAnnotationsModel { documents: client.documents; documentId: ...; page: ... }` */
struct ForeignPageAnnotationsModel
{
    Q_GADGET
    QML_FOREIGN(PageAnnotationsModel)
    QML_NAMED_ELEMENT(PageAnnotationsModel)
};

/** `client.documents.followers`: who follows the presentation (chair, presenter). */
struct ForeignFollowersModel
{
    Q_GADGET
    QML_FOREIGN(FollowersModel)
    QML_NAMED_ELEMENT(FollowersModel)
    QML_UNCREATABLE("Read it from MeetingClient.documents.followers")
};
