package dev.chainrule.server.account;

import dev.chainrule.server.web.PageError;
import dev.chainrule.server.web.Pages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The admin's pages: the list of users, and making a user a teacher (or a learner again). Admins only (declared in Routes, checked by AccessControl). */
public final class AdminPages {

    /** The roles an admin may give here; the admin role itself comes only from the bootstrap setting. */
    static final Set<Role> ASSIGNABLE = Set.of(Role.TEACHER, Role.LEARNER);

    private final Accounts accounts;
    private final Pages pages;

    public AdminPages(Accounts accounts, Pages pages) {
        this.accounts = accounts;
        this.pages = pages;
    }

    public void users(Context ctx) {
        List<User> users = accounts.all();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("users", users);
        model.put("changed", ctx.queryParam("changed"));
        pages.render(ctx, "admin/users", model);
    }

    public void setRole(Context ctx) {
        long id;
        Role role;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
            role = Role.of(String.valueOf(ctx.formParam("role")));
        } catch (IllegalArgumentException e) {
            throw new PageError(400, "admin.users.badRequest.title", "admin.users.badRequest.text");
        }
        User target = accounts.find(id)
                .orElseThrow(() -> new PageError(404, "error.notFound.title", "error.notFound.text"));
        if (!ASSIGNABLE.contains(role) || target.isAdmin()) {
            throw new PageError(400, "admin.users.badRequest.title", "admin.users.badRequest.text");
        }
        accounts.setRole(id, role);
        ctx.redirect("/admin/users?changed=" + id, HttpStatus.SEE_OTHER);
    }
}
