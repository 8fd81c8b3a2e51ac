from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from lms.db.lookups import register

        register()

        # Cache invalidation is the one thing signals are used for: whatever changes the page tree,
        # from the admin, a command or a scheduled publish, must drop the cached routes.
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from lms.routing import invalidate_routes

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(invalidate_routes, dispatch_uid=f"lms-routes-{id(signal)}")
        post_delete.connect(_on_delete, dispatch_uid="lms-routes-delete")
        for model in (Site, PageViewRestriction):
            post_save.connect(invalidate_routes, sender=model, dispatch_uid=f"lms-routes-save-{model.__name__}")


def _on_delete(sender, instance, **kwargs) -> None:
    from wagtail.models import Page, PageViewRestriction, Site

    from lms.routing import invalidate_routes

    if isinstance(instance, Page | Site | PageViewRestriction):
        invalidate_routes()
