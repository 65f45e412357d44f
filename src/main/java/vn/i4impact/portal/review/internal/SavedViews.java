package vn.i4impact.portal.review.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.CurrentUser;

/**
 * A secretary's named queue filters ({@code ${@savedViews.mine()}} in the queue page). Every statement carries the
 * owner's id, so one secretary never reads or removes another's view by editing an id.
 */
@Component("savedViews")
public class SavedViews {

	public static final int MAX_NAME = 80;

	public static final int MAX_QUERY = 2000;

	public record View(long id, String name, String query) {
	}

	private final JdbcClient jdbc;

	SavedViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The signed-in secretary's views, by name; none for anyone else. */
	public List<View> mine() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof CurrentUser me ? of(me.id()) : List.of();
	}

	public List<View> of(long userId) {
		return jdbc.sql("select id, name, query from saved_view where user_id = ? order by lower(name), id")
			.param(userId).query(View.class).list();
	}

	/** Saves the view under its name, replacing the owner's view of the same name. */
	@Transactional
	public void save(long userId, String name, String query) {
		jdbc.sql("""
				insert into saved_view (user_id, name, query) values (?, ?, ?)
				on conflict on constraint uq_saved_view_user_name do update set query = excluded.query""")
			.params(userId, name, query).update();
	}

	/** Removes one of the owner's views; false if the owner has no such view. */
	@Transactional
	public boolean remove(long userId, long id) {
		return jdbc.sql("delete from saved_view where id = ? and user_id = ?").params(id, userId).update() == 1;
	}

}
