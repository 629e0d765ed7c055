# Sources of this part of the editor (target_sources on copydesk_widgets).
