# Sources of this part of the editor (target_sources on copydesk_widgets): the body editor with
# its attribution gutter, the attach-source dialog and the Sources manager.
target_sources(copydesk_widgets PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/AttachSourceDialog.cpp ${CMAKE_CURRENT_SOURCE_DIR}/AttachSourceDialog.h
    ${PROJECT_SOURCE_DIR}/ui/AttachSourceDialog.ui
    ${CMAKE_CURRENT_SOURCE_DIR}/AttributionGutter.cpp ${CMAKE_CURRENT_SOURCE_DIR}/AttributionGutter.h
    ${CMAKE_CURRENT_SOURCE_DIR}/AttributionStyle.cpp ${CMAKE_CURRENT_SOURCE_DIR}/AttributionStyle.h
    ${CMAKE_CURRENT_SOURCE_DIR}/BodyEditor.cpp ${CMAKE_CURRENT_SOURCE_DIR}/BodyEditor.h
    ${CMAKE_CURRENT_SOURCE_DIR}/SourceKindDelegate.cpp ${CMAKE_CURRENT_SOURCE_DIR}/SourceKindDelegate.h
    ${CMAKE_CURRENT_SOURCE_DIR}/SourcesDialog.cpp ${CMAKE_CURRENT_SOURCE_DIR}/SourcesDialog.h
    ${PROJECT_SOURCE_DIR}/ui/SourcesDialog.ui
)
