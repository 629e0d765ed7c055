# Sources of this part of the editor (target_sources on copydesk_widgets).
target_sources(copydesk_widgets PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/HistoryInspector.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/HistoryInspector.h
    ${CMAKE_CURRENT_SOURCE_DIR}/LinksInspector.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/LinksInspector.h
    ${PROJECT_SOURCE_DIR}/ui/HistoryInspector.ui
    ${PROJECT_SOURCE_DIR}/ui/LinksInspector.ui
)
