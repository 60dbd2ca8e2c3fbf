package app.vitalia.members;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberProfileRepository extends JpaRepository<MemberProfile, UUID> {

}
