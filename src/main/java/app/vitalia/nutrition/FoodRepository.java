package app.vitalia.nutrition;

import java.util.List;
import java.util.UUID;

import app.vitalia.nutrition.catalog.FoodSource;

import org.springframework.data.jpa.repository.JpaRepository;

interface FoodRepository extends JpaRepository<Food, UUID> {

	List<Food> findByOwnerIdAndSourceOrderByNameEsAscNameEnAsc(UUID ownerId, FoodSource source);

}
