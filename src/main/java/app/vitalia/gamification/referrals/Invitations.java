package app.vitalia.gamification.referrals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import app.vitalia.gamification.InvitationSent;
import app.vitalia.gamification.ReferralAccepted;
import app.vitalia.identity.AccountId;
import app.vitalia.identity.AccountSummary;
import app.vitalia.identity.Accounts;
import app.vitalia.members.MemberId;
import app.vitalia.platform.DomainException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members inviting friends by email. The friend who registers with the invited address
 * and verifies it makes the invitation accepted, which publishes {@link ReferralAccepted}
 * for the inviter. An address can be invited once (by anyone); a member can send a
 * limited number of invitations per calendar month of the business time zone.
 */
@Component
public class Invitations {

	public record Invitation(UUID id, String email, Instant createdAt, boolean registered, boolean accepted) {
	}

	private final JdbcTemplate jdbc;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId businessZone;

	private final int perMonth;

	private final String publicUrl;

	Invitations(JdbcTemplate jdbc, Accounts accounts, ApplicationEventPublisher events, Clock clock,
			@Value("${vitalia.gamification.business-timezone:Europe/Madrid}") ZoneId businessZone,
			@Value("${vitalia.gamification.invitations-per-month:20}") int perMonth,
			@Value("${vitalia.public-url}") String publicUrl) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.businessZone = businessZone;
		this.perMonth = perMonth;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * Invites {@code email} on behalf of the member.
	 * @throws DomainException 422 {@code SELF_INVITATION}, 409 {@code ALREADY_INVITED},
	 * 429 {@code INVITATION_LIMIT}
	 */
	@Transactional
	public Invitation invite(UUID inviterId, String email) {
		String address = email.trim().toLowerCase(Locale.ROOT);
		AccountSummary inviter = this.accounts.find(AccountId.of(inviterId))
			.orElseThrow(() -> DomainException.notFound("The account"));
		if (inviter.email().equalsIgnoreCase(address)) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "SELF_INVITATION",
					"You cannot invite yourself");
		}
		Instant now = this.clock.instant();
		Instant monthStart = ZonedDateTime.ofInstant(now, this.businessZone)
			.withDayOfMonth(1)
			.toLocalDate()
			.atStartOfDay(this.businessZone)
			.toInstant();
		Integer sent = this.jdbc.queryForObject(
				"select count(*) from gamification_invitation where inviter_id = ? and created_at >= ?", Integer.class,
				inviterId, Timestamp.from(monthStart));
		if (sent != null && sent >= this.perMonth) {
			throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "INVITATION_LIMIT",
					"You can send " + this.perMonth + " invitations a month; try again next month");
		}
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.update(
					"insert into gamification_invitation (id, inviter_id, email, created_at) values (?, ?, ?, ?)", id,
					inviterId, address, Timestamp.from(now));
		}
		catch (DuplicateKeyException invited) {
			throw new DomainException(DomainException.Kind.CONFLICT, "ALREADY_INVITED",
					"This address has already been invited");
		}
		String link = this.publicUrl + "/register?email=" + URLEncoder.encode(address, StandardCharsets.UTF_8);
		this.events.publishEvent(
				new InvitationSent(id, MemberId.of(inviterId), inviter.displayName(), address, inviter.locale(), link));
		return new Invitation(id, address, now, false, false);
	}

	public List<Invitation> sentBy(UUID inviterId) {
		return this.jdbc.query(
				"select id, email, created_at, invitee_id, accepted_at from gamification_invitation "
						+ "where inviter_id = ? order by created_at desc",
				(rs, i) -> new Invitation(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
						rs.getObject(4) != null, rs.getTimestamp(5) != null),
				inviterId);
	}

	/** The invited address now has an account. */
	@Transactional
	public void registered(UUID accountId, String email) {
		this.jdbc.update("update gamification_invitation set invitee_id = ? where email = ? and invitee_id is null",
				accountId, email.trim().toLowerCase(Locale.ROOT));
	}

	/** The invitee proved the address: the invitation is accepted, once. */
	@Transactional
	public void verified(UUID accountId, Instant at) {
		List<UUID[]> open = this.jdbc.query(
				"select id, inviter_id from gamification_invitation where invitee_id = ? and accepted_at is null",
				(rs, i) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }, accountId);
		for (UUID[] invitation : open) {
			if (this.jdbc.update(
					"update gamification_invitation set accepted_at = ? where id = ? and accepted_at is null",
					Timestamp.from(at), invitation[0]) > 0) {
				this.events.publishEvent(
						new ReferralAccepted(invitation[0], MemberId.of(invitation[1]), MemberId.of(accountId), at));
			}
		}
	}

}
