# Sources of this part of the editor (target_sources on copydesk_widgets).
# The Meta titles inspector: the variants table with its width bars and the results preview.
target_sources(copydesk_widgets PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/MetaTitleInspector.cpp ${CMAKE_CURRENT_SOURCE_DIR}/MetaTitleInspector.h
    ${CMAKE_CURRENT_SOURCE_DIR}/SearchPreview.cpp ${CMAKE_CURRENT_SOURCE_DIR}/SearchPreview.h
    ${CMAKE_CURRENT_SOURCE_DIR}/TitleWidthDelegate.cpp ${CMAKE_CURRENT_SOURCE_DIR}/TitleWidthDelegate.h
    ${PROJECT_SOURCE_DIR}/ui/MetaTitleInspector.ui
)
