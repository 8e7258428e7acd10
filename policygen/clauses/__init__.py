"""The clause library: which clause topics exist, when each appears and where it sits in the policy."""
